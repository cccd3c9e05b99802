import { Icon, type IconProps } from "./icon";

export const CheckIcon = (p: IconProps) => (
  <Icon {...p}>
    <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4l3.3 3.29 7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
  </Icon>
);
