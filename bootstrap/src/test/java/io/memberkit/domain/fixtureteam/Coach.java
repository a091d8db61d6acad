package io.memberkit.domain.fixtureteam;

/** Right: depends on no other area. */
public record Coach(String name) {
}
