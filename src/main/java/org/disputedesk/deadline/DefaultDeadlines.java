package org.disputedesk.deadline;

import java.time.Duration;
import java.util.Map;

import org.disputedesk.complaint.Stage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The deadline of each stage whose park sets none, from {@code disputes.deadlines.*} (ISO-8601
 * durations, counted on the clock), so that a demo or a test can run every deadline in seconds.
 */
@Component
@ConfigurationProperties("disputes.deadlines")
public class DefaultDeadlines {

    private Duration shopResponse = Duration.ofDays(2);
    private Duration buyerReview = Duration.ofDays(3);
    private Duration mediation = Duration.ofDays(10);
    private Duration informationRequest = Duration.ofDays(3);
    private Duration committeeReview = Duration.ofDays(15);
    private Duration fulfilment = Duration.ofDays(7);
    private Duration buyerConfirmation = Duration.ofDays(3);
    private Duration appeal = Duration.ofDays(3);
    private Duration appealReview = Duration.ofDays(10);

    Duration of(Stage stage) {
        return Map.of(Stage.SHOP_RESPONSE, shopResponse, Stage.BUYER_REVIEW, buyerReview, Stage.MEDIATION, mediation,
                Stage.INFORMATION_REQUEST, informationRequest, Stage.COMMITTEE_REVIEW, committeeReview,
                Stage.FULFILMENT, fulfilment, Stage.BUYER_CONFIRMATION, buyerConfirmation, Stage.APPEAL_WINDOW, appeal,
                Stage.APPEAL_REVIEW, appealReview).get(stage);
    }

    public void setShopResponse(Duration shopResponse) {
        this.shopResponse = shopResponse;
    }

    public void setBuyerReview(Duration buyerReview) {
        this.buyerReview = buyerReview;
    }

    public void setMediation(Duration mediation) {
        this.mediation = mediation;
    }

    public void setInformationRequest(Duration informationRequest) {
        this.informationRequest = informationRequest;
    }

    public void setCommitteeReview(Duration committeeReview) {
        this.committeeReview = committeeReview;
    }

    public void setFulfilment(Duration fulfilment) {
        this.fulfilment = fulfilment;
    }

    public void setBuyerConfirmation(Duration buyerConfirmation) {
        this.buyerConfirmation = buyerConfirmation;
    }

    public void setAppeal(Duration appeal) {
        this.appeal = appeal;
    }

    public void setAppealReview(Duration appealReview) {
        this.appealReview = appealReview;
    }
}
