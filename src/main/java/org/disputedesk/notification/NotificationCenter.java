package org.disputedesk.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.disputedesk.complaint.EngineClock;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.CaseNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own notices, in the portal and through the API, and what they want by mail. */
@Service
@Transactional
public class NotificationCenter {

    private final Notices notices;
    private final MailPreferences preferences;
    private final NoticeWording wording;

    NotificationCenter(Notices notices, MailPreferences preferences, NoticeWording wording) {
        this.notices = notices;
        this.preferences = preferences;
        this.wording = wording;
    }

    /** The user's notices, newest first, worded in {@code locale}, with the count of unread ones. */
    @Transactional(readOnly = true)
    public Inbox of(DeskUser user, boolean unreadOnly, int page, int size, Locale locale) {
        Instant now = EngineClock.now();
        List<Item> items = notices.of(user.username(), unreadOnly, now, page, size).stream()
                .map(n -> new Item(n.id(), n.at(), n.about().complaintId(), n.about().caseNumber(),
                        n.about().inquiryId(), n.about().path(), n.kind(), n.stage(), n.dueAt(), n.outcome(),
                        wording.headline(n, locale), n.readAt() != null))
                .toList();
        return new Inbox(notices.unread(user.username(), now), items);
    }

    @Transactional(readOnly = true)
    public long unread(DeskUser user) {
        return notices.unread(user.username(), EngineClock.now());
    }

    /** Marks one of the user's notices read; another's, or none, is 404. */
    public void markRead(DeskUser user, long id) {
        if (!notices.markRead(user.username(), id, EngineClock.now())) {
            throw new CaseNotFound("Notification " + id);
        }
    }

    public void markAllRead(DeskUser user) {
        notices.markAllRead(user.username(), EngineClock.now());
    }

    @Transactional(readOnly = true)
    public MailChoices mailChoices(DeskUser user) {
        return preferences.of(user.username());
    }

    public MailChoices chooseMail(DeskUser user, MailChoices choices) {
        preferences.save(user.username(), choices);
        return choices;
    }

    /** The caller's notices: how many are unread, and a page of them. */
    public record Inbox(long unread, List<Item> content) {
    }

    /**
     * A notice as its reader sees it; {@code text} is in the reader's language. About a case ({@code complaintId},
     * {@code caseNumber}; {@code stage} a case's stage, {@code outcome} its outcome) or a standards inquiry
     * ({@code inquiryId}; {@code stage} the inquiry's, {@code outcome} its verdict); {@code link} is its page in
     * the portal.
     */
    public record Item(long id, Instant at, String complaintId, Long caseNumber, String inquiryId, String link,
                       NoticeKind kind, String stage, Instant dueAt, String outcome, String text, boolean read) {
    }
}
