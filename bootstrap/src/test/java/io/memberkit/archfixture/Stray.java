package io.memberkit.archfixture;

import io.memberkit.domain.common.UserId;

/** Wrong on purpose: a class in io.memberkit that belongs to no layer. */
public record Stray(UserId user) {
}
