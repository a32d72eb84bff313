package org.disputedesk.committee;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.AlreadyExists;
import org.disputedesk.web.CaseNotFound;
import org.disputedesk.web.RuleViolated;
import org.disputedesk.web.Sentence;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee keeps its catalog: adds standards and clauses in both languages, and marks a
 * standard superseded (by a newer one) so that new rulings no longer cite it. Each change is in
 * the administration audit. Members of the committee and administrators only.
 */
@Service
@Transactional
public class CatalogMaintenance {

    /** A standard's code as published: {@code GB 31701-2015}, {@code GB/T 29862-2013}, {@code FZ/T 81001-2016}. */
    static final String CODE = "[A-Z]{1,4}(/[A-Z])? [0-9]+(\\.[0-9]+)*-[0-9]{4}";

    private final StandardsCatalog catalog;
    private final AuditLog audit;

    CatalogMaintenance(StandardsCatalog catalog, AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    public record NewClause(@NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*") String clause,
                            @NotBlank @Size(max = 300) String title, @Size(max = 300) String titleZh) {
    }

    public record NewStandard(@NotBlank @Size(max = 40) @Pattern(regexp = CODE) String code,
                              @NotBlank @Size(max = 300) String title, @Size(max = 300) String titleZh,
                              @Size(max = 1000) String scope,
                              @Size(max = 200) List<@Valid @NotNull NewClause> clauses) {
    }

    public record StatusChange(@NotNull StandardStatus status,
                               @Size(max = 40) @Pattern(regexp = CODE) String supersededBy) {
    }

    public StandardsCatalog.Standard add(DeskUser user, NewStandard standard) {
        requireKeeper(user);
        if (catalog.exists(standard.code())) {
            throw new AlreadyExists(new Sentence("problem.standardExists",
                    "Standard " + standard.code() + " is in the catalog already; nothing was changed.",
                    standard.code()));
        }
        catalog.add(standard.code(), standard.title(), blankToNull(standard.titleZh()), blankToNull(standard.scope()));
        catalog.addClauses(standard.code(), clauses(standard.clauses() == null ? List.of() : standard.clauses()));
        audit.record(user.username(), AuditAction.STANDARD_ADDED, target(standard.code()), null,
                AuditDetail.names(standard.title(), blankToNull(standard.titleZh())));
        return catalog.find(standard.code()).orElseThrow();
    }

    public StandardsCatalog.Standard addClause(DeskUser user, String code, NewClause clause) {
        requireKeeper(user);
        requireExists(code);
        if (catalog.addClauses(code, clauses(List.of(clause))) == 0) {
            throw new AlreadyExists(new Sentence("problem.clauseExists", "Clause " + clause.clause() + " of "
                    + code + " is in the catalog already; nothing was changed.", clause.clause(), code));
        }
        audit.record(user.username(), AuditAction.STANDARD_CLAUSE_ADDED, target(code), null,
                AuditDetail.of(AuditDetail.phrase(AuditPhrase.CLAUSE).with("clause", clause.clause())
                        .with("title", clause.title())));
        return catalog.find(code).orElseThrow();
    }

    /** CURRENT again, or SUPERSEDED, optionally by a standard the catalog has (another one). */
    public StandardsCatalog.Standard changeStatus(DeskUser user, String code, StatusChange change) {
        requireKeeper(user);
        requireExists(code);
        String by = change.status() == StandardStatus.SUPERSEDED ? blankToNull(change.supersededBy()) : null;
        if (by != null && (by.equals(code) || !catalog.exists(by))) {
            throw new RuleViolated("problem.supersededByUnknown", "A standard is superseded by another standard of "
                    + "the catalog; " + by + " is not one.", by);
        }
        catalog.setStatus(code, change.status(), by);
        audit.record(user.username(), AuditAction.STANDARD_STATUS_CHANGED, target(code), null,
                by == null ? AuditDetail.of(AuditDetail.phrase(AuditPhrase.STANDARD_STATUS).with("status", change.status()))
                        : AuditDetail.of(AuditDetail.phrase(AuditPhrase.SUPERSEDED_BY).with("by", by)));
        return catalog.find(code).orElseThrow();
    }

    private void requireExists(String code) {
        if (!catalog.exists(code)) {
            throw new CaseNotFound("Standard " + code);
        }
    }

    private static void requireKeeper(DeskUser user) {
        if (!user.is(Role.COMMITTEE) && !user.is(Role.ADMIN)) {
            throw new ActionForbidden("The standards committee and administrators keep the catalog.");
        }
    }

    private static List<StandardsCatalog.Clause> clauses(List<NewClause> clauses) {
        return clauses.stream()
                .map(c -> new StandardsCatalog.Clause(c.clause(), c.title(), blankToNull(c.titleZh())))
                .toList();
    }

    private static String target(String code) {
        return "standard:" + code;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
