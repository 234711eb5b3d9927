package kg.socialorder.benchmark;

class ThroughputOnH2Benchmark extends ThroughputBenchmark {
}
