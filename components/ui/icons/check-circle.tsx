import { Icon, type IconProps } from "./icon";

export const CheckCircleIcon = (p: IconProps) => (
  <Icon {...p}>
    <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.8a.75.75 0 0 0-1.22-.9l-3.24 4.4-1.64-1.64a.75.75 0 0 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.09l3.77-5.08Z" clipRule="evenodd" />
  </Icon>
);
