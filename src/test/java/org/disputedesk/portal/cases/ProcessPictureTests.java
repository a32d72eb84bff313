package org.disputedesk.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.File;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The process picture of the deployed model, read as the SVG the case page embeds. */
class ProcessPictureTests {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aDeadlineOnTheTopEdgeOfAStepIsNamedAboveTheStepNotOverTheStepsOwnName() {
        String svg = picture().svg("complaint", Set.of("UserTask_BuyerReview"), Set.of(), CHINESE);

        double buyerReviewTop = Double.parseDouble(attribute(svg, "UserTask_BuyerReview", "rect", "y"));
        assertThat(Double.parseDouble(attribute(svg, "BoundaryTimer_BuyerReviewLapsed", "text", "y")))
                .isLessThan(buyerReviewTop);
        assertThat(Double.parseDouble(attribute(svg, "BoundaryTimer_ShopSilent", "text", "y")))
                .as("a deadline on the bottom edge keeps its name below")
                .isGreaterThan(Double.parseDouble(attribute(svg, "UserTask_ShopResponse", "rect", "y")) + 80);
    }

    @Test
    void aChineseQuestionMarkStaysOnTheLineOfItsQuestion() {
        assertThat(ProcessPicture.wrap("未答复如何处理？", 7)).containsExactly("未答复如何处理？");
        assertThat(ProcessPicture.wrap("委员会裁定标准问题", 7)).containsExactly("委员会裁定标准", "问题");
    }

    @Test
    void theStepNamesComeFromTheChosenLanguage() {
        ProcessPicture picture = picture();
        assertThat(picture.svg("complaint", Set.of(), Set.of(), CHINESE)).contains("商家答复");
        assertThat(picture.svg("complaint", Set.of(), Set.of(), Locale.ENGLISH)).contains("Shop responds");
    }

    private static ProcessPicture picture() {
        RepositoryService repository = mock(RepositoryService.class);
        when(repository.getBpmnModelInstance("complaint"))
                .thenReturn(Bpmn.readModelFromFile(new File("processes/complaint-resolution.bpmn")));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/process");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ProcessPicture(repository, messages);
    }

    /** The attribute of the first {@code tag} drawn for the element. */
    private static String attribute(String svg, String element, String tag, String name) {
        Matcher group = Pattern.compile("data-element=\"" + element + "\">(.*?)</g>").matcher(svg);
        assertThat(group.find()).as(element + " is drawn").isTrue();
        Matcher value = Pattern.compile("<" + tag + "[^>]* " + name + "=\"([-\\d.]+)\"").matcher(group.group(1));
        assertThat(value.find()).as(tag + " of " + element).isTrue();
        return value.group(1);
    }
}
