package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.disputedesk.web.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says a timeline entry's facts in a language: {@code timeline.detail.<ACTION>} arranges them
 * ({@code {0}}, {@code {1}}, … in the order they were recorded), an enum value is named by its own
 * message ({@code remedy.REFUND}), an amount is written as every page writes money ({@link Money}),
 * and a party's own words are left as they were written. The API's {@code detail} is the English text.
 */
@Component
public class TimelineText {

    /** Facts whose values are names of the domain's vocabulary, each with its own message. */
    private static final Set<String> NAMED = Set.of("category", "remedy", "outcome", "priority", "party", "stage",
            "finding", "silenceOutcome", "missed", "standardsRelated", "reason", "ruling");
    /** A ruling's liability split, said after the ruling's own detail. */
    private static final String LIABILITY = "liability";

    /** Room for the facts an entry may lack (a ruling that cites no clause): what is missing is said as nothing. */
    private static final int OPTIONAL_FACTS = 6;

    private final MessageSource messages;
    private final Money money;

    TimelineText(MessageSource messages, Money money) {
        this.messages = messages;
        this.money = money;
    }

    public String say(TimelineAction action, Map<String, String> facts, Locale locale) {
        if (facts.isEmpty()) {
            return null;
        }
        Object[] values = new Object[Math.max(facts.size(), OPTIONAL_FACTS)];
        Arrays.fill(values, "");
        int i = 0;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            if (!LIABILITY.equals(fact.getKey())) {
                values[i++] = value(fact.getKey(), fact.getValue(), locale);
            }
        }
        String arranged = messages.getMessage("timeline.detail." + action.name(), values, null, locale);
        String said = arranged == null ? String.join(" ", facts.values()) : arranged.strip();
        String liability = facts.get(LIABILITY);
        return liability == null ? said
                : said + " " + messages.getMessage("timeline.liability", new Object[] {parties(liability, locale)},
                        locale);
    }

    /** A ruling's split ({@code SHOP 70%, STREAMER (Host Li) 30%}) with each party named in the reader's language. */
    private String parties(String split, Locale locale) {
        return Arrays.stream(split.split(", ")).map(share -> {
            int space = share.indexOf(' ');
            String party = space < 0 ? share : share.substring(0, space);
            return messages.getMessage("liableParty." + party, null, party, locale)
                    + (space < 0 ? "" : share.substring(space));
        }).collect(Collectors.joining(locale.getLanguage().equals("zh") ? "，" : ", "));
    }

    private String value(String name, String value, Locale locale) {
        if ("amount".equals(name)) {
            return money.format(new BigDecimal(value), locale);
        }
        if ("cited".equals(name)) {
            return messages.getMessage("timeline.cited", new Object[] {value}, locale);
        }
        return NAMED.contains(name) ? messages.getMessage(name + "." + value, null, value, locale) : value;
    }
}
