package org.disputedesk.park;

import java.util.List;

import org.disputedesk.web.CaseNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may read: the parks, and the directory of their shops. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final Parks parks;
    private final Shops shops;

    Directory(Parks parks, Shops shops) {
        this.parks = parks;
        this.shops = shops;
    }

    public List<Park> parks(int page, int size) {
        return parks.page(page, size);
    }

    public Park park(String id) {
        return parks.find(id).orElseThrow(() -> new CaseNotFound("Park " + id));
    }

    /** Shops of a park (or all), whose name, Chinese name or id contains {@code q} in any case (blank: any). */
    public List<Shop> shops(String parkId, String q, int page, int size) {
        return shops.directory(Rules.blankToNull(parkId), Rules.blankToNull(q), page, size);
    }

    public Shop shop(String id) {
        return shops.find(id).orElseThrow(() -> new CaseNotFound("Shop " + id));
    }
}
