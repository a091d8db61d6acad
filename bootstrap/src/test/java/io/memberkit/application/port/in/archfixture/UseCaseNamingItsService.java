package io.memberkit.application.port.in.archfixture;

import io.memberkit.application.service.archfixture.FixtureService;

/** Wrong on purpose: a port that names the service behind it. */
public interface UseCaseNamingItsService {
    FixtureService implementation();
}
