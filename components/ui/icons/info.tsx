import { Icon, type IconProps } from "./icon";

export const InfoIcon = (p: IconProps) => (
  <Icon {...p}>
    <path fillRule="evenodd" d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a.75.75 0 0 0 0 1.5h.25a.25.25 0 0 1 .24.3l-.46 2.08A1.75 1.75 0 0 0 10.74 15H11a.75.75 0 0 0 0-1.5h-.25a.25.25 0 0 1-.24-.3l.46-2.08A1.75 1.75 0 0 0 9.26 9H9Z" clipRule="evenodd" />
  </Icon>
);
