package org.disputedesk.committee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.disputedesk.complaint.CommitteeFindings.Citation;
import org.disputedesk.web.RuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The standards the committee rules on, with the clauses a ruling may cite, in Chinese and English. */
@Repository
public class StandardsCatalog {

    private final JdbcClient jdbc;

    StandardsCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Clause(String clause, String title, String titleZh) {

        /** The clause's title in {@code locale}'s language, the English one where it has no Chinese one. */
        public String titleIn(Locale locale) {
            return chinese(locale) && titleZh != null ? titleZh : title;
        }
    }

    public record Standard(String code, String title, String titleZh, String scope, StandardStatus status,
                           String supersededBy, List<Clause> clauses) {

        public String titleIn(Locale locale) {
            return chinese(locale) && titleZh != null ? titleZh : title;
        }
    }

    public List<Standard> all() {
        Map<String, List<Clause>> clauses = new LinkedHashMap<>();
        jdbc.sql("select standard_code, clause, title, title_zh from standard_clauses order by standard_code, clause")
                .query(rs -> {
                    clauses.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Clause(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return jdbc.sql("select code, title, title_zh, scope, status, superseded_by from standards order by code")
                .query((rs, n) -> new Standard(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        StandardStatus.valueOf(rs.getString(5)), rs.getString(6),
                        clauses.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    /** The standards a new ruling may cite. */
    public List<Standard> citable() {
        return all().stream().filter(s -> s.status() == StandardStatus.CURRENT).toList();
    }

    public Optional<Standard> find(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The status of the standard that has {@code clause}; empty when the catalog has no such clause. */
    public Optional<StandardStatus> clauseStatus(String standard, String clause) {
        return jdbc.sql("""
                select s.status from standard_clauses c join standards s on s.code = c.standard_code
                where c.standard_code = ? and c.clause = ?""")
                .params(standard, clause).query((rs, n) -> StandardStatus.valueOf(rs.getString(1))).optional();
    }

    /** The clauses a ruling cites, each once, as the catalog writes them (the request's spaces trimmed). */
    public static List<Citation> distinct(List<CommitteeReviews.CitationRequest> requested) {
        return requested == null ? List.of() : requested.stream()
                .map(c -> new Citation(c.standard().strip(), c.clause().strip())).distinct().toList();
    }

    /** Citations as a timeline entry quotes them: "GB 5296.4-2012 §5.4, …". */
    public static String listed(List<Citation> citations) {
        return citations.stream().map(c -> c.standard() + " §" + c.clause()).collect(Collectors.joining(", "));
    }

    /** 422 unless the catalog has the clause, of a standard not superseded. */
    public void requireCitable(Citation citation) {
        StandardStatus status = clauseStatus(citation.standard(), citation.clause()).orElseThrow(() ->
                new RuleViolated("problem.unknownClause", "The catalog has no clause " + citation.clause() + " of "
                        + citation.standard() + ".", citation.clause(), citation.standard()));
        if (status == StandardStatus.SUPERSEDED) {
            throw new RuleViolated("problem.supersededStandard", citation.standard()
                    + " is superseded: a new ruling may not cite it.", citation.standard());
        }
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from standards where code = ?").param(code).query(Integer.class).single() > 0;
    }

    void add(String code, String title, String titleZh, String scope) {
        jdbc.sql("insert into standards (code, title, title_zh, scope) values (?, ?, ?, ?)")
                .params(code, title, titleZh, scope).update();
    }

    /** Adds the clauses the standard has not yet; answers how many were new. */
    int addClauses(String code, List<Clause> clauses) {
        int added = 0;
        for (Clause c : clauses) {
            if (jdbc.sql("select count(*) from standard_clauses where standard_code = ? and clause = ?")
                    .params(code, c.clause()).query(Integer.class).single() == 0) {
                added += jdbc.sql("insert into standard_clauses (standard_code, clause, title, title_zh) values (?, ?, ?, ?)")
                        .params(code, c.clause(), c.title(), c.titleZh()).update();
            }
        }
        return added;
    }

    private static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    void setStatus(String code, StandardStatus status, String supersededBy) {
        jdbc.sql("update standards set status = ?, superseded_by = ? where code = ?")
                .params(status.name(), supersededBy, code).update();
    }
}
