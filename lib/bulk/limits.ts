// How many rows one bulk job takes (a paste, a CSV body or a selection of endpoints). A file of
// its own so that the contracts enforcing it need not import the paste parser (and papaparse
// with it) into every page that reads a job.
export const MAX_BULK_ROWS = 10_000;
