package org.disputedesk.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The standards the committee rules on, with the clauses a ruling may cite. */
@Repository
public class StandardsCatalog {

    private final JdbcClient jdbc;

    StandardsCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Clause(String clause, String title) {
    }

    public record Standard(String code, String title, String scope, List<Clause> clauses) {
    }

    public List<Standard> all() {
        Map<String, List<Clause>> clauses = new LinkedHashMap<>();
        jdbc.sql("select standard_code, clause, title from standard_clauses order by standard_code, clause")
                .query(rs -> {
                    clauses.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                            .add(new Clause(rs.getString(2), rs.getString(3)));
                });
        return jdbc.sql("select code, title, scope from standards order by code")
                .query((rs, n) -> new Standard(rs.getString(1), rs.getString(2), rs.getString(3),
                        clauses.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    public boolean hasClause(String standard, String clause) {
        return jdbc.sql("select count(*) from standard_clauses where standard_code = ? and clause = ?")
                .params(standard, clause).query(Integer.class).single() > 0;
    }
}
