package org.disputedesk.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;

import org.disputedesk.complaint.EngineClock;
import org.disputedesk.notification.MailOutbox.Letter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the notices that are due, on every node: each notice is claimed first, so that two nodes
 * never mail it twice. Runs outside any step, so a mail server that is down only delays mail: a
 * failed notice is tried again after a growing pause ({@code disputes.notifications.retry-pause}, a
 * minute, then five times longer each time, at most six hours)
 * and given up after {@value #ATTEMPTS} attempts, about two and a half days. Without
 * {@code spring.mail.host} there is no mail, and notices are only shown in the portal.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 100;
    private static final int ATTEMPTS = 12;
    /** Longer than any mail server takes to answer: a claim that outlives it belongs to a crashed node. */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NoticeMail mail;
    private final Duration firstPause;

    MailDispatcher(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, NoticeMail mail,
                   NotificationSettings settings) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.mail = mail;
        this.firstPause = settings.retryPause();
    }

    @Scheduled(fixedDelayString = "${disputes.notifications.dispatch-interval:PT2S}",
            initialDelayString = "${disputes.notifications.dispatch-interval:PT2S}")
    void dispatch() {
        List<Long> due;
        do {
            Instant now = EngineClock.now();
            due = outbox.due(now, BATCH);
            for (long id : due) {
                if (outbox.claim(id, now, now.plus(CLAIM))) {
                    outbox.letter(id).ifPresent(letter -> deliver(letter, now));
                }
            }
        } while (due.size() == BATCH);
    }

    private void deliver(Letter letter, Instant now) {
        long id = letter.notice().id();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!letter.current()) {
            outbox.drop(id);
        } else if (sender == null || !letter.wanted() || letter.email() == null) {
            outbox.done(id);
        } else {
            try {
                sender.send(mail.compose(letter, sender));
                outbox.done(id);
            } catch (MailException | MessagingException e) {
                retryLater(letter, now, e);
            }
        }
    }

    private void retryLater(Letter letter, Instant now, Exception cause) {
        long id = letter.notice().id();
        int attempt = letter.attempts() + 1;
        if (attempt >= ATTEMPTS) {
            log.error("Gave up mailing notice {} to {} after {} attempts: {}", id, letter.notice().username(),
                    attempt, cause.toString());
            outbox.done(id);
        } else {
            log.warn("Mailing notice {} failed (attempt {}), trying again later: {}", id, attempt, cause.toString());
            outbox.retryAt(id, now.plus(pause(attempt)));
        }
    }

    private Duration pause(int attempt) {
        Duration pause = firstPause;
        for (int i = 1; i < attempt && pause.compareTo(Duration.ofHours(6)) < 0; i++) {
            pause = pause.multipliedBy(5);
        }
        return pause.compareTo(Duration.ofHours(6)) < 0 ? pause : Duration.ofHours(6);
    }
}
