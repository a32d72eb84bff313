package org.disputedesk.park;

import java.util.Locale;

/** Which of a park's or a shop's two names a reader sees. */
public final class Names {

    private Names() {
    }

    /** The Chinese name for a Chinese reader when there is one; the name otherwise. */
    public static String in(Locale locale, String name, String nameZh) {
        return nameZh != null && Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : name;
    }
}
