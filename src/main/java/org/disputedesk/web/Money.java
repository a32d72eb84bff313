package org.disputedesk.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The one way an amount is shown to a person: in yuan with two decimals, grouped and marked as the
 * reader's language does it: {@code ¥1,234.50}, and {@code CN¥1,234.50} in English, where a bare ¥
 * could be yen. Pages call it as {@code ${@money.format(amount, #locale)}}.
 */
@Component("money")
public class Money {

    private static final Currency YUAN = Currency.getInstance("CNY");

    /** The amount for a reader of {@code locale}; null for none. */
    public String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(YUAN);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
