package org.disputedesk.process;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The deadline of each step, from {@code disputes.deadlines.*} (ISO-8601 durations). The model's
 * timers and task due dates read them as {@code ${deadlines.shopResponse}}, so a demo or a test
 * can run every deadline in seconds without touching the model.
 */
@Component("deadlines")
@ConfigurationProperties("disputes.deadlines")
public class Deadlines {

    private Duration shopResponse = Duration.ofDays(2);
    private Duration buyerReview = Duration.ofDays(3);
    private Duration mediation = Duration.ofDays(10);
    private Duration informationRequest = Duration.ofDays(3);
    private Duration committeeReview = Duration.ofDays(15);
    private Duration fulfilment = Duration.ofDays(7);
    private Duration buyerConfirmation = Duration.ofDays(3);

    public String getShopResponse() {
        return shopResponse.toString();
    }

    public void setShopResponse(Duration shopResponse) {
        this.shopResponse = shopResponse;
    }

    public String getBuyerReview() {
        return buyerReview.toString();
    }

    public void setBuyerReview(Duration buyerReview) {
        this.buyerReview = buyerReview;
    }

    public String getMediation() {
        return mediation.toString();
    }

    public void setMediation(Duration mediation) {
        this.mediation = mediation;
    }

    public String getInformationRequest() {
        return informationRequest.toString();
    }

    public void setInformationRequest(Duration informationRequest) {
        this.informationRequest = informationRequest;
    }

    public String getCommitteeReview() {
        return committeeReview.toString();
    }

    public void setCommitteeReview(Duration committeeReview) {
        this.committeeReview = committeeReview;
    }

    public String getFulfilment() {
        return fulfilment.toString();
    }

    public void setFulfilment(Duration fulfilment) {
        this.fulfilment = fulfilment;
    }

    public String getBuyerConfirmation() {
        return buyerConfirmation.toString();
    }

    public void setBuyerConfirmation(Duration buyerConfirmation) {
        this.buyerConfirmation = buyerConfirmation;
    }
}
