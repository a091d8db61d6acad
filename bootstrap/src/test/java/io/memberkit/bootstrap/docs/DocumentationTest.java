package io.memberkit.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documents say what the code does: every class they name exists, every inbound port is listed, the README's example is the real one. */
class DocumentationTest {
    private static final Path ROOT = findRoot();
    private static final Pattern NAMED_CLASS = Pattern.compile("`([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(\\.[a-z][A-Za-z0-9]*)?`");
    /** Annotations between a type's Javadoc and its declaration, e.g. {@code @Factory @Requires(...)}. */
    private static final String ANNOTATIONS_AT_END = "(?s)(\\s*@\\w+(\\([^)]*\\))?)+\\s*$";
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public (final |abstract |sealed |non-sealed )*(class|interface|record|enum|@interface) ");
    private static final Set<JavaClass> PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.memberkit").stream().collect(Collectors.toSet());

    private static Path findRoot() {
        var dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/architecture.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/architecture.md not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    private static Set<String> simpleNames() {
        return PRODUCTION.stream().map(JavaClass::getSimpleName).collect(Collectors.toSet());
    }

    @Test
    void every_class_the_architecture_document_names_exists() throws IOException {
        var named = NAMED_CLASS.matcher(read("docs/architecture.md")).results().map(m -> m.group(1))
                .collect(Collectors.toSet());

        assertThat(named).isNotEmpty();
        assertThat(simpleNames()).containsAll(named);
    }

    @Test
    void every_inbound_port_of_the_code_appears_in_the_architecture_document() throws IOException {
        var document = read("docs/architecture.md");
        var inboundPorts = PRODUCTION.stream()
                .filter(c -> c.getPackageName().startsWith("io.memberkit.application.port.in"))
                .filter(JavaClass::isInterface).map(JavaClass::getSimpleName)
                .filter(name -> name.endsWith("UseCase")).collect(Collectors.toSet());

        assertThat(inboundPorts).hasSizeGreaterThan(30);
        assertThat(inboundPorts).allSatisfy(port -> assertThat(document).contains("`" + port + "`"));
    }

    @Test
    void every_public_type_of_the_api_has_a_javadoc() throws IOException {
        var undocumented = new java.util.ArrayList<String>();
        for (var tree : List.of("domain/src/main/java", "application/src/main/java/io/memberkit/application/port",
                "bootstrap/src/main/java/io/memberkit/bootstrap/wiring")) {
            try (var files = Files.walk(ROOT.resolve(tree))) {
                for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    var source = Files.readString(file);
                    var declaration = PUBLIC_TYPE.matcher(source);
                    if (declaration.find() && !source.substring(0, declaration.start()).stripTrailing()
                            .replaceAll(ANNOTATIONS_AT_END, "").stripTrailing().endsWith("*/")) {
                        undocumented.add(ROOT.relativize(file).toString());
                    }
                }
            }
        }

        assertThat(undocumented).isEmpty();
    }

    @Test
    void the_readmes_embedding_example_is_the_example_projects_code() throws IOException {
        var example = read("examples/embedded-platform/src/main/java/example/EmbeddedPlatform.java");
        var code = example.substring(example.indexOf("// readme:start\n") + "// readme:start\n".length(),
                example.indexOf("        // readme:end"));
        var dedented = Stream.of(code.split("\n")).map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));
        var readme = read("README.md");
        var block = readme.substring(readme.indexOf("<!-- embedded-platform:start -->"),
                readme.indexOf("<!-- embedded-platform:end -->"));

        assertThat(block).contains("```java\n" + dedented + "\n```");
    }
}
