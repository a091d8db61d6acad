package io.memberkit.domain.fixtureteam;

import io.memberkit.domain.fixturegroup.Group;
import java.util.List;

/** Wrong on purpose: with {@link Group}, a cycle between two domain areas. */
public record Team(String name, List<Group> groups) {
}
