package org.disputedesk.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification_preferences table: no row is everything by mail. */
@Repository
class MailPreferences {

    private final JdbcClient jdbc;

    MailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MailChoices of(String username) {
        return jdbc.sql("""
                select mail_actions, mail_reminders, mail_outcomes from notification_preferences where username = ?""")
                .param(username)
                .query((rs, row) -> new MailChoices(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional().orElse(MailChoices.ALL);
    }

    void save(String username, MailChoices choices) {
        int changed = jdbc.sql("""
                update notification_preferences set mail_actions = :a, mail_reminders = :r, mail_outcomes = :o
                where username = :user""")
                .param("a", choices.actionRequired()).param("r", choices.reminders()).param("o", choices.outcomes())
                .param("user", username).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into notification_preferences (username, mail_actions, mail_reminders, mail_outcomes)
                    values (:user, :a, :r, :o)""")
                    .param("a", choices.actionRequired()).param("r", choices.reminders()).param("o", choices.outcomes())
                    .param("user", username).update();
        }
    }
}
