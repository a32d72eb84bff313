package org.disputedesk.notification;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.disputedesk.notification.MailOutbox.Letter;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A notice as a mail in its recipient's language: what to do, by when, what silence leads to, and
 * the link to the case or inquiry; in plain text and in HTML (templates/mail/notice.html).
 */
@Component
class NoticeMail {

    private final NoticeWording wording;
    private final ITemplateEngine templates;
    private final NotificationSettings settings;

    NoticeMail(NoticeWording wording, ITemplateEngine templates, NotificationSettings settings) {
        this.wording = wording;
        this.templates = templates;
        this.settings = settings;
    }

    MimeMessage compose(Letter letter, JavaMailSender sender) throws MessagingException {
        Notice notice = letter.notice();
        Locale locale = NoticeWording.localeOf(letter.locale());
        String caseUrl = settings.portalUrl() + notice.about().path();
        String open = wording.text(notice.about().inquiry() ? "mail.openInquiry" : "mail.open", locale);
        String settingsUrl = settings.portalUrl() + "/notifications";
        String headline = wording.headline(notice, locale);
        String greeting = wording.text("mail.greeting", locale, letter.displayName());
        String consequence = wording.consequence(notice, locale);
        String deadline = notice.dueAt() == null ? null
                : wording.text("mail.deadline", locale, wording.when(notice.dueAt()));
        String footer = wording.text("mail.footer", locale);

        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(headline).append("\n");
        if (deadline != null) {
            text.append(deadline).append("\n");
        }
        text.append(consequence).append("\n\n")
                .append(open).append(": ").append(caseUrl).append("\n\n-- \n")
                .append(footer).append(": ").append(settingsUrl).append("\n");

        Context html = new Context(locale);
        html.setVariable("greeting", greeting);
        html.setVariable("headline", headline);
        html.setVariable("deadline", deadline);
        html.setVariable("consequence", consequence);
        html.setVariable("caseUrl", caseUrl);
        html.setVariable("open", open);
        html.setVariable("settingsUrl", settingsUrl);
        html.setVariable("footer", footer);

        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.sender());
        helper.setTo(letter.email());
        helper.setSubject(wording.text("mail.subject", locale, headline));
        helper.setText(text.toString(), templates.process("mail/notice", html));
        return message;
    }
}
