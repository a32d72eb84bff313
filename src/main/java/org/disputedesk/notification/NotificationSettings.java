package org.disputedesk.notification;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices are worded and mailed.
 *
 * @param timeZone where the parks are: deadlines are written in its time, with its offset
 * @param portalUrl the portal's address as a recipient's browser reaches it, for links in mail
 * @param sender the mail's From
 * @param dispatchInterval how often each node looks for notices to mail
 * @param retryPause how long after a first failure mail is tried again (five times longer each time)
 */
@ConfigurationProperties("disputes.notifications")
record NotificationSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone,
                            @DefaultValue("http://localhost:8080") String portalUrl,
                            @DefaultValue("Dispute Desk <noreply@localhost>") String sender,
                            @DefaultValue("PT2S") Duration dispatchInterval,
                            @DefaultValue("PT1M") Duration retryPause) {
}
