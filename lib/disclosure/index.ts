// Disclosure control: the one pure core that decides what is published about a round's figures.
export {
  publishRound,
  publishProgress,
  type RoundFacts,
  type RoundPublication,
  type PublishedRow,
  type PublishedCell,
  type PublishedCoverage,
  type ProgressFigures,
  type Participant,
  type DisclosureMode,
} from "./round";
export {
  recode,
  tierBands,
  unitsOf,
  type Recoding,
  type PublicationGroup,
  type Band,
  type Unit,
} from "./recode";
export { confidentialExportRows, type ConfidentialRow } from "./export";
export { compareRoundsPublished, type PublishedChange } from "./compare";
export { publishedNeeds, type PublishedNeeds } from "./planning";
export {
  publishTrainingAnswers,
  type PublishedAnswers,
  type TrainingAnswers,
  type OptionCount,
  type MeanFigure,
} from "./answers";
export {
  publishBenchmarks,
  type BenchmarkGroup,
  type BenchmarkFigure,
  type PublishedBenchmark,
} from "./benchmarks";
export {
  publishRollup,
  topNeeds,
  poolDomains,
  poolCoverage,
  type RoundRollup,
  type CompetencyRollup,
  type TierRollup,
  type RollupPublication,
  type RollupRow,
  type RollupCoverage,
  type DomainNeed,
  type PooledFigure,
} from "./rollups";
export { publishTrained, poolTrained, type TrainedCounts, type PublishedTrained } from "./training";
