export function NewEndpointTips() {
  return (
    <aside aria-labelledby="tips-heading" className="space-y-3 text-sm text-slate-600 lg:pt-2">
      <h2 id="tips-heading" className="font-semibold text-slate-900">
        Good to know
      </h2>
      <ul className="list-disc space-y-2 pl-5 marker:text-slate-400">
        <li>Catapult makes the SIP URI, realm and username from the name and the domain.</li>
        <li>The name is permanent: to rename, create a new endpoint and delete the old one.</li>
        <li>The password is never shown again after this page. You can set a new one later.</li>
        <li>Many endpoints at once? Use Bulk import from the domain page.</li>
      </ul>
    </aside>
  );
}
