package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The filter Tasklist opens with, made once per database however many nodes start. Nodes share a
 * database only on PostgreSQL (an H2 file admits one process), and the engine takes no row locks
 * on H2, so the race of two nodes runs in the PostgreSQL suite ({@code mvn verify -Ppostgres}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class OpenStepsFilterProcessTests extends ProcessTestSupport {

    private FilterService filters() {
        return processEngine.getFilterService();
    }

    private List<Filter> filtersNamedOpenSteps() {
        return filters().createFilterQuery().filterName(OpenStepsFilter.NAME).list();
    }

    private Filter theFilter() {
        return filters().createFilterQuery().filterName(OpenStepsFilter.NAME).singleResult();
    }

    private String caseOf(Task task) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
    }

    @Test
    void theFilterListsTheOpenStepsOfComplaintsSoonestDeadlineFirst() {
        // given: the later case falls due an hour after the earlier one
        String earlier = fileMediatedClaim();
        String later;
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(1))));
        try {
            later = fileMediatedClaim();
        } finally {
            ClockUtil.reset();
        }

        // when
        List<Task> listed = filters().list(theFilter().getId());

        // then
        List<String> cases = listed.stream().map(this::caseOf).toList();
        assertThat(cases).contains(earlier, later);
        assertThat(cases.indexOf(earlier)).isLessThan(cases.indexOf(later));
        assertThat(listed).extracting(Task::getDueDate).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(theFilter().getProperties()).containsEntry("priority", -10);
    }

    @Test
    void aRestartFindsTheFilterAndAddsNone(@Autowired OpenStepsFilter openSteps) {
        assertThat(openSteps.createUnlessPresent(processEngine)).isFalse();

        assertThat(filtersNamedOpenSteps()).hasSize(1);
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseCreateOneFilter(@Autowired OpenStepsFilter openSteps) throws Exception {
        assumeFalse(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType()
                .equals("h2"), "the engine locks nothing on H2, which no two nodes share");
        // given: a database without it
        filters().deleteFilter(theFilter().getId());
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> node = () -> {
            start.await();
            return openSteps.createUnlessPresent(processEngine);
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            // when
            Future<Boolean> first = nodes.submit(node);
            Future<Boolean> second = nodes.submit(node);
            start.countDown();

            // then
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdown();
        }
        assertThat(filtersNamedOpenSteps()).hasSize(1);
    }
}
