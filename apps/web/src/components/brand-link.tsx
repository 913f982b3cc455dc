import { Link } from 'react-router';

interface BrandLinkProps {
  to: string;
  title: string;
  subtitle: string;
}

/** Logo, platform name and city: the home link at the top of every shell. */
export function BrandLink({ to, title, subtitle }: BrandLinkProps) {
  return (
    <Link to={to} className="brand">
      <img className="brand__logo" src="/favicon.svg" alt="" width={40} height={40} />
      <span className="brand__text">
        <span className="brand__title">{title}</span>
        <span className="brand__subtitle">{subtitle}</span>
      </span>
    </Link>
  );
}
