import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="mb-2 text-2xl font-semibold">Page not found</h1>
      <p className="mb-4">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="text-harbour-700 underline">
        Go to your home page
      </Link>
    </main>
  );
}
