/** "Step 2 of 8" as text and as a native progress bar, which screen readers announce as such. */
export function StepProgress({ index, total }: { index: number; total: number }) {
  return (
    <div className="flex flex-col gap-1">
      <p id="step-progress-text" className="text-sm font-medium text-slate-800">
        Step {index + 1} of {total}
      </p>
      <progress
        value={index + 1}
        max={total}
        aria-labelledby="step-progress-text"
        className="h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-harbour-700 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-harbour-700"
      />
    </div>
  );
}
