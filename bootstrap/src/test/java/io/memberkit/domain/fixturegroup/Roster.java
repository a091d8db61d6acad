package io.memberkit.domain.fixturegroup;

import io.memberkit.domain.fixtureteam.Coach;

/** Right: one area depending on another, which does not depend back. */
public record Roster(Coach coach) {
}
