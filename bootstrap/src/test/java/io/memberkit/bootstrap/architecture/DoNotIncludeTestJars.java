package io.memberkit.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Skips Maven test-jars ({@code memberkit-domain-0.1.0-SNAPSHOT-tests.jar}): they carry builders, fakes and
 * contract suites, which are not production code. {@link ImportOption.DoNotIncludeTests} skips {@code test-classes}
 * folders only, which is all it sees in a reactor build, but bootstrap's tests usually get the test-jars as jars.
 */
public final class DoNotIncludeTestJars implements ImportOption {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_JAR);
    }
}
