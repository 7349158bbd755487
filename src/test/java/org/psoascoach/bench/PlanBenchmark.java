package org.psoascoach.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.psoascoach.assessment.Intake;
import org.psoascoach.catalog.CatalogLoader;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.contract.PlanJson;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.PlanResult;
import org.psoascoach.planning.Planner;

import java.util.concurrent.TimeUnit;

/**
 * Plan generation for a realistic intake (the SPEC §2 example: tight left, weak right, a condition,
 * daily sessions, 15 minutes). Run with bench/plan-benchmark.sh; results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PlanBenchmark {
    /** The SPEC §2 example intake, shared with the contract tests. */
    static final String INTAKE = SpecExample.json();

    Planner planner;
    Intake intake;

    @Setup
    public void setUp() {
        planner = new Planner(CatalogLoader.load("en"), Messages.english());
        intake = IntakeReader.read(INTAKE);
    }

    /** The engine alone: assessment, triage, selection, dosing, time fitting, explanations. */
    @Benchmark
    public PlanResult plan() { return planner.plan(intake); }

    /** What `psoas plan` does per intake after start-up: parse the JSON, plan, write the JSON. */
    @Benchmark
    public String parsePlanAndWriteJson() { return PlanJson.write(planner.plan(IntakeReader.read(INTAKE))); }
}
