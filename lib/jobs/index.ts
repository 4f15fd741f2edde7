import "server-only";
// Jobs that run by themselves (decision 0020). See README "Reminders and jobs".
export { jobHealth, type JobHealth } from "./health";
export { JOBS, runJob, jobNamed, type JobName } from "./definitions";
export { startJobs } from "./start";
