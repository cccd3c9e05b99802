// Reads create and update bodies for endpoints. All format problems of one body are
// reported together (one `details` entry per field) so a form can mark every bad field.
import { validationError } from "./errors";
import {
  addProblem,
  isPlainObject,
  isSipUserName,
  newProblems,
  optionalString,
  passwordProblem,
  readEnabled,
  shown,
  type FieldProblems,
} from "./rules";

export type EndpointCreate = {
  name: string;
  description?: string;
  applicationId?: string;
  enabled: boolean;
  password: string;
};

/** `null` in an update clears description / applicationId; absent leaves them alone. */
export type EndpointUpdate = {
  description?: string | null;
  applicationId?: string | null;
  enabled?: boolean;
  password?: string;
};

// Passwords are secret: details name the field but show a placeholder, never the value.
const HIDDEN = "(hidden)";

function readApplicationId(body: Record<string, unknown>, problems: FieldProblems) {
  const id = optionalString(body, "applicationId", problems);
  if (id === "") addProblem(problems, "applicationId", "", "applicationId must not be empty");
  return id === "" ? undefined : id;
}

function readEnabledField(body: Record<string, unknown>, problems: FieldProblems) {
  if (body.enabled === undefined || body.enabled === null) return undefined;
  const enabled = readEnabled(body.enabled);
  if (enabled === undefined) {
    addProblem(problems, "enabled", shown(body.enabled), 'enabled must be true, false, "true" or "false"');
  }
  return enabled;
}

function readPassword(body: Record<string, unknown>, problems: FieldProblems, required: boolean) {
  const credentials = body.credentials;
  if (credentials === undefined || credentials === null) {
    if (required) addProblem(problems, "credentials.password", "", "credentials.password is required");
    return undefined;
  }
  if (!isPlainObject(credentials)) {
    addProblem(problems, "credentials", shown(credentials), "credentials must be an object");
    return undefined;
  }
  const password = credentials.password;
  if (password === undefined || password === null) {
    if (required) addProblem(problems, "credentials.password", "", "credentials.password is required");
    return undefined;
  }
  if (typeof password !== "string") {
    addProblem(problems, "credentials.password", HIDDEN, "credentials.password must be a string");
    return undefined;
  }
  const problem = passwordProblem(password);
  if (problem) addProblem(problems, "credentials.password", HIDDEN, problem);
  return problem ? undefined : password;
}

function throwIfAny(problems: FieldProblems): void {
  if (problems.details.length > 0) throw validationError(problems.details, problems.messages.join("; "));
}

export function readEndpointCreate(body: Record<string, unknown>): EndpointCreate {
  const problems = newProblems();
  const name = body.name;
  if (name === undefined || name === null || name === "") {
    addProblem(problems, "name", "", "name is required");
  } else if (typeof name !== "string") {
    addProblem(problems, "name", shown(name), "name must be a string");
  } else if (!isSipUserName(name)) {
    addProblem(problems, "name", shown(name), "name must be a valid SIP user or telephone-subscriber (RFC 3261)");
  }
  const description = optionalString(body, "description", problems) ?? undefined;
  const applicationId = readApplicationId(body, problems) ?? undefined;
  const enabled = readEnabledField(body, problems) ?? true;
  const password = readPassword(body, problems, true);
  throwIfAny(problems);
  return { name: name as string, description, applicationId, enabled, password: password as string };
}

export function readEndpointUpdate(body: Record<string, unknown>, currentName: string): EndpointUpdate {
  const problems = newProblems();
  if (body.name !== undefined && body.name !== currentName) {
    addProblem(problems, "name", shown(body.name), "name cannot be changed after the endpoint is created");
  }
  const update: EndpointUpdate = {};
  const description = optionalString(body, "description", problems);
  if (description !== undefined) update.description = description;
  const applicationId = readApplicationId(body, problems);
  if (applicationId !== undefined) update.applicationId = applicationId;
  const enabled = readEnabledField(body, problems);
  if (enabled !== undefined) update.enabled = enabled;
  const password = readPassword(body, problems, false);
  if (password !== undefined) update.password = password;
  throwIfAny(problems);
  return update;
}
