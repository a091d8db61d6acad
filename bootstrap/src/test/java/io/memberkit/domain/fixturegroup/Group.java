package io.memberkit.domain.fixturegroup;

import io.memberkit.domain.fixtureteam.Team;

/** Wrong on purpose: with {@link Team}, a cycle between two domain areas. */
public record Group(String name, Team team) {
}
