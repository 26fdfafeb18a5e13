import type { OverviewCell, PartyTermOverview, Stance } from "@/lib/reader/party-term-overview";
import { excerpt, itemAnchorId, withoutStatusPrefix } from "@/lib/reader/format";
import { DealTermBadge } from "./deal-term-badge";

const STANCE_LABEL: Record<Stance, string> = {
  proposed: "Proposes",
  demands: "Demands",
  rejects: "Rejects",
  accepts: "Accepts",
};

const STANCE_STYLE: Record<Stance, string> = {
  proposed: "text-sky-900",
  demands: "text-amber-900",
  rejects: "text-red-900",
  accepts: "text-green-900",
};

function Cell({ cell }: { cell: OverviewCell | null }) {
  if (!cell) {
    return (
      <td className="px-3 py-2 text-center align-top text-stone-500">
        <span aria-hidden="true">·</span>
        <span className="sr-only">Nothing in the sources</span>
      </td>
    );
  }
  const [first, ...more] = cell.itemKeys;
  return (
    <td className={`stance-cell ${STANCE_STYLE[cell.stance]}`}>
      <a href={`#${itemAnchorId(first ?? "")}`}>{STANCE_LABEL[cell.stance]}</a>
      {more.map((key, i) => (
        <a
          key={key}
          href={`#${itemAnchorId(key)}`}
          className="ml-1 text-xs font-normal text-accent hover:underline"
          aria-label={`Also backed by item ${i + 2}`}
        >
          +{i + 1}
        </a>
      ))}
    </td>
  );
}

/** Who stands where on each deal term, each cell linked to the items that back it. */
export function PartyTermTable({ overview }: { overview: PartyTermOverview }) {
  return (
    <figure className="mt-4 break-inside-avoid">
      <figcaption className="text-sm text-stone-700">
        <span className="font-semibold text-ink">Who stands where on the deal terms.</span> Each entry links to the
        cited item behind it; a dot means no item says where that party stands.
      </figcaption>
      <div
        className="mt-2 overflow-x-auto rounded-md border border-stone-300 bg-white"
        tabIndex={0}
        role="region"
        aria-label="Parties and deal terms"
      >
        <table className="min-w-full border-collapse text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Deal term
              </th>
              {overview.parties.map((party) => (
                <th key={party} scope="col" className="px-3 py-2 font-semibold">
                  {party}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {overview.rows.map((row) => (
              <tr key={row.termKey}>
                <th scope="row" className="min-w-40 max-w-xs px-3 py-2 align-top font-normal sm:min-w-48">
                  <DealTermBadge status={row.status} />{" "}
                  <a href={`#${itemAnchorId(row.termKey)}`} className="hover:underline" title={row.termText}>
                    {excerpt(withoutStatusPrefix(row.termText), 90)}
                  </a>
                </th>
                {row.cells.map((cell, i) => (
                  <Cell key={overview.parties[i] ?? i} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
