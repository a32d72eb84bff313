package org.disputedesk.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notice in words of the reader's language, with its deadline in the parks' time. */
@Component
class NoticeWording {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(UTC'xxx')'");

    private final MessageSource messages;
    private final NotificationSettings settings;

    NoticeWording(MessageSource messages, NotificationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** The notice in one sentence: the portal's list and the mail's subject. */
    String headline(Notice notice, Locale locale) {
        if (notice.about().inquiry()) {
            return inquiryHeadline(notice, locale);
        }
        String number = String.valueOf(notice.about().caseNumber());
        return switch (notice.kind()) {
            case ACTION_REQUIRED, REMINDER -> text("notice." + notice.kind(), locale, number,
                    todo(notice, locale), when(notice.dueAt()));
            case CASE_CLOSED -> text("notice.CASE_CLOSED", locale, number,
                    text("outcome." + notice.outcome(), locale));
            case INQUIRY_CLOSED -> throw new IllegalStateException("a case's notice of an inquiry's verdict");
        };
    }

    /** An inquiry is named by its shop, in the reader's language where the shop has a Chinese name. */
    private String inquiryHeadline(Notice notice, Locale locale) {
        Notice.About about = notice.about();
        String shop = Locale.ENGLISH.equals(locale) || about.shopNameZh() == null ? about.shopName()
                : about.shopNameZh();
        return switch (notice.kind()) {
            case ACTION_REQUIRED, REMINDER -> text("notice.inquiry." + notice.kind()
                    + (notice.dueAt() == null ? "" : ".due"), locale, shop, todo(notice, locale), when(notice.dueAt()));
            case INQUIRY_CLOSED -> text("notice.inquiry.INQUIRY_CLOSED", locale, shop,
                    text("verdict." + notice.outcome(), locale));
            case CASE_CLOSED -> throw new IllegalStateException("an inquiry's notice of a case's outcome");
        };
    }

    String todo(Notice notice, Locale locale) {
        return text("notice.todo." + notice.stage(), locale);
    }

    /** What the party's silence leads to; the outcome's meaning for a closed case or inquiry. */
    String consequence(Notice notice, Locale locale) {
        return switch (notice.kind()) {
            case CASE_CLOSED -> text("notice.outcome." + notice.outcome(), locale);
            case INQUIRY_CLOSED -> text("notice.verdictMeans." + notice.outcome(), locale);
            case ACTION_REQUIRED, REMINDER -> text("notice.silence." + notice.stage(), locale);
        };
    }

    /** An instant in the parks' time, with its offset, so that nobody need guess the zone. */
    String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(settings.timeZone()));
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static Locale localeOf(String chosen) {
        return "en".equals(chosen) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
