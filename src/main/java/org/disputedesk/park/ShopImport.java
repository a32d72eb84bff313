package org.disputedesk.park;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.Validator;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.AlreadyExists;
import org.disputedesk.web.Sentence;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's shops imported from a spreadsheet: all rows or none. Every bad row is reported with its
 * line, so that one correction fixes them all; a good file creates the new shops and updates the
 * names and platform fields of the known ones (their Chinese names when the file has the column),
 * in one transaction of batched statements. A park
 * administrator imports only shops of their own park; no import moves a shop to another park.
 */
@Service
public class ShopImport {

    /** What an import did: shops created, shops changed, and rows identical to their stored shop. */
    public record Imported(int created, int updated, int unchanged) {
    }

    private final Parks parks;
    private final Shops shops;
    private final ParkScope scope;
    private final AuditLog audit;
    private final Validator validator;

    ShopImport(Parks parks, Shops shops, ParkScope scope, AuditLog audit, Validator validator) {
        this.parks = parks;
        this.shops = shops;
        this.scope = scope;
        this.audit = audit;
        this.validator = validator;
    }

    @Transactional
    public Imported run(DeskUser user, byte[] file) {
        scope.requireAdministrator(user);
        ShopCsv.Sheet sheet = ShopCsv.read(file, validator);
        List<ShopCsv.Row> rows = sheet.rows();
        if (rows.isEmpty()) {
            throw BadRows.file(2, new Sentence("problem.import.noShops", "the file has no shops under its header"));
        }
        Map<String, Shop> stored = shops.existing(rows.stream().filter(r -> r.problems().isEmpty())
                .map(r -> r.shop().id()).toList());
        Set<String> known = parks.ids();
        for (ShopCsv.Row row : rows) {
            if (row.problems().isEmpty()) {
                checkPark(user, row, known, stored.get(row.shop().id()));
            }
        }
        List<BadRows.Line> bad = rows.stream().filter(r -> !r.problems().isEmpty())
                .map(r -> new BadRows.Line(r.line(), r.problems())).toList();
        if (!bad.isEmpty()) {
            throw new BadRows(bad, new Sentence("problem.import.rowsRefused", bad.size() + " of " + rows.size()
                    + " rows cannot be imported; nothing was imported.", Integer.toString(bad.size()),
                    Integer.toString(rows.size())));
        }
        // a file without the column says nothing of Chinese names: a known shop keeps its own
        return write(user, rows.stream().map(ShopCsv.Row::shop).map(shop -> sheet.namesInChinese()
                || !stored.containsKey(shop.id()) ? shop : shop.withNameZh(stored.get(shop.id()).nameZh())).toList(),
                stored);
    }

    private void checkPark(DeskUser user, ShopCsv.Row row, Set<String> known, Shop old) {
        String park = row.shop().parkId();
        if (!known.contains(park)) {
            row.problem("problem.import.noSuchPark", "park " + park + " does not exist", park);
        } else if (!scope.administers(user, park)) {
            row.problem("problem.import.notYourPark", "park " + park
                    + " is not yours: a park administrator imports the shops of " + user.parkId(), park, user.parkId());
        } else if (old != null && !old.parkId().equals(park)) {
            row.problem("problem.import.noMove", "shop " + old.id() + " is in park " + old.parkId()
                    + ", and an import moves no shop", old.id(), old.parkId());
        }
    }

    private Imported write(DeskUser user, List<Shop> imported, Map<String, Shop> stored) {
        List<Shop> created = new ArrayList<>();
        List<Shop> updated = new ArrayList<>();
        Map<String, int[]> byPark = new TreeMap<>(); // created, updated, unchanged
        for (Shop shop : imported) {
            Shop old = stored.get(shop.id());
            int[] counts = byPark.computeIfAbsent(shop.parkId(), p -> new int[3]);
            if (old == null) {
                created.add(shop);
                counts[0]++;
            } else if (!old.equals(shop)) {
                updated.add(shop);
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        try {
            shops.insert(created);
        } catch (DuplicateKeyException e) {
            throw new AlreadyExists(new Sentence("problem.import.raced",
                    "Another request created a shop of this file meanwhile; nothing was imported."));
        }
        shops.update(updated);
        byPark.forEach((park, counts) -> audit.record(user.username(), AuditAction.SHOPS_IMPORTED, "park:" + park, park,
                AuditDetail.of(AuditDetail.phrase(AuditPhrase.SHOPS_COUNTED).with("created", counts[0])
                        .with("updated", counts[1]).with("unchanged", counts[2]))));
        return new Imported(created.size(), updated.size(), imported.size() - created.size() - updated.size());
    }
}
