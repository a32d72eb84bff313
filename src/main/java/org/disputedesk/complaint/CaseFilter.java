package org.disputedesk.complaint;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** A SQL condition on the complaints table with its named parameters. */
public record CaseFilter(String where, MapSqlParameterSource params) {

    public static CaseFilter all() {
        return new CaseFilter("1 = 1", new MapSqlParameterSource());
    }

    public CaseFilter and(String condition, String name, Object value) {
        return new CaseFilter("(" + where + ") and " + condition, params.addValue(name, value));
    }

    /** A further parameter of the condition just added. */
    public CaseFilter with(String name, Object value) {
        return new CaseFilter(where, params.addValue(name, value));
    }
}
