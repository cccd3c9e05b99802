"use client";
// The create card: the form, then, in its place, what was created and the phone's settings
// with the password, shown once (that panel loads when there is something to show).
import { lazy, Suspense, useState } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { useOneTimePassword } from "@/components/endpoints/use-one-time-password";
import type { Application } from "@/lib/applications/contract";
import type { EndpointCreated } from "@/lib/endpoints/contract";
import { NewEndpointForm } from "./new-endpoint-form";

const EndpointCreatedPanel = lazy(async () => ({ default: (await import("./endpoint-created-panel")).EndpointCreatedPanel }));

export function NewEndpointView({ domainId, applications }: { domainId: string; applications: readonly Application[] | undefined }) {
  const [created, setCreated] = useState<EndpointCreated | null>(null);
  const secret = useOneTimePassword();
  const [applicationId, setApplicationId] = useState("");
  // Bumped by "Create another" so the form starts fresh each time.
  const [round, setRound] = useState(0);

  return (
    <Card className="lg:col-span-2">
      <CardBody>
        {created ? (
          <Suspense fallback={<LoadingState label="Endpoint created…" />}>
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
          </Suspense>
        ) : (
          <NewEndpointForm
            key={round}
            domainId={domainId}
            applications={applications}
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
  );
}
