"use client";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="mb-2 text-2xl font-semibold">Something went wrong</h1>
      <p className="mb-4">
        Sorry, we could not show this page.
        {error.digest && ` Quote reference ${error.digest} if you contact support.`}
      </p>
      <button
        type="button"
        onClick={reset}
        className="min-h-11 rounded-md bg-harbour-700 px-4 py-2 text-white"
      >
        Try again
      </button>
    </main>
  );
}
