"use client";
// The create page: the form, then, in its place, what was created and the phone's settings
// with the password, shown once.
import { useState } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { useOneTimePassword } from "@/components/endpoints/use-one-time-password";
import type { EndpointCreated } from "@/lib/endpoints/contract";
import { useDomain } from "@/lib/domains/hooks/use-domain";
import { domainHref } from "@/lib/endpoints/links";
import { EndpointCreatedPanel } from "./endpoint-created-panel";
import { NewEndpointForm } from "./new-endpoint-form";
import { NewEndpointTips } from "./new-endpoint-tips";

export function NewEndpointView({ domainId }: { domainId: string }) {
  const domain = useDomain(domainId);
  const [created, setCreated] = useState<EndpointCreated | null>(null);
  const secret = useOneTimePassword();
  const [applicationId, setApplicationId] = useState("");
  // Bumped by "Create another" so the form starts fresh each time.
  const [round, setRound] = useState(0);

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Domains", href: "/" },
          { label: domain.data?.name ?? "Domain", href: domainHref(domainId) },
        ]}
        title="New endpoint"
        description={
          <>
            A SIP endpoint in <span className="font-medium text-slate-900">{domain.data?.name ?? "this domain"}</span>.
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardBody>
            {created ? (
              <EndpointCreatedPanel
                endpoint={created}
                secret={secret}
                onCreateAnother={() => {
                  if (!secret.confirmDiscard()) return;
                  secret.close();
                  setCreated(null);
                  setRound((r) => r + 1);
                }}
              />
            ) : (
              <NewEndpointForm
                key={round}
                domainId={domainId}
                applicationId={applicationId}
                onCreated={(endpoint, chosenApplication, password) => {
                  setApplicationId(chosenApplication);
                  setCreated(endpoint);
                  secret.show(password);
                }}
              />
            )}
          </CardBody>
        </Card>
        <NewEndpointTips />
      </div>
    </>
  );
}
