export default function Loading() {
  return (
    <div role="status" aria-label="Loading" className="animate-pulse space-y-4">
      <div className="h-8 w-1/3 rounded bg-stone-200" />
      <div className="h-4 w-2/3 rounded bg-stone-200" />
      <div className="h-32 rounded bg-stone-100" />
      <div className="h-32 rounded bg-stone-100" />
    </div>
  );
}
