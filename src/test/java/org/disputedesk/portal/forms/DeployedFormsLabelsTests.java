package org.disputedesk.portal.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Each step form in forms/ can be shown by the portal, and each of its labels is in both bundles. */
class DeployedFormsLabelsTests {

    @Test
    void everyFormParsesAndEveryLabelIsTranslated() throws IOException {
        List<String> needed = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                StepForm form = FormParser.parse(new ObjectMapper().readTree(file.toFile()));
                collect(form.fields(), needed);
            }
        }
        assertThat(needed).hasSizeGreaterThan(50);
        assertThat(keys("forms.properties")).containsAll(needed);
        assertThat(keys("forms_zh_CN.properties")).containsAll(needed);
    }

    @Test
    void conditionsOnOneFieldBecomeTheValuesThatShowIt() {
        assertThat(FormParser.showWhen("=decision != \"SETTLE\" and decision != \"RULE_FOR_BUYER\""))
                .isEqualTo(new StepForm.ShowWhen("decision", new java.util.LinkedHashSet<>(
                        List.of("SETTLE", "RULE_FOR_BUYER"))));
        assertThatThrownBy(() -> FormParser.showWhen("=amount > 10"))
                .hasMessageContaining("cannot show");
        assertThatThrownBy(() -> FormParser.showWhen("=a != \"X\" and b != \"Y\""))
                .hasMessageContaining("cannot show");
    }

    private static void collect(List<StepForm.Field> fields, List<String> needed) {
        for (StepForm.Field field : fields) {
            needed.add(field.messageKey());
            if (field.described()) {
                needed.add(field.messageKey() + ".hint");
            }
            field.options().forEach(o -> needed.add(o.messageKey()));
            collect(field.fields(), needed);
        }
    }

    private static java.util.Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources/i18n", file)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }
}
