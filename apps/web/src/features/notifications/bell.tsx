import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../lib/format.ts';
import { type NotificationView, useBellNotifications, useMarkRead } from './queries.ts';
import './i18n.ts';
import './notifications.css';

/**
 * The bell of a signed-in user: a badge with the unread count, and a panel with the latest
 * notifications — each opens its link and is marked read; "mark all read" clears the badge.
 */
export function Bell({ tone }: { tone: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const list = useBellNotifications(true);
  const unread = list.data?.unread ?? 0;
  const panelId = useId();
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      content={<Panel id={panelId} list={list} onNavigate={() => setOpen(false)} />}
    >
      <Button
        type="text"
        className={`notification-bell notification-bell--${tone}`}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
      >
        <Badge count={unread} overflowCount={99} size="small" offset={[4, -2]}>
          <BellOutlined aria-hidden="true" className="notification-bell__icon" />
        </Badge>
      </Button>
    </Popover>
  );
}

function Panel({
  id,
  list,
  onNavigate,
}: {
  id: string;
  list: ReturnType<typeof useBellNotifications>;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mark = useMarkRead();
  const headingId = `${id}-heading`;
  const items = list.data?.items ?? [];

  function openItem(item: NotificationView) {
    if (!item.read) mark.mutate(item.id);
    if (!item.link) return;
    onNavigate();
    if (/^https?:\/\//.test(item.link)) window.location.assign(item.link);
    else void navigate(item.link);
  }

  return (
    <div id={id} role="dialog" aria-labelledby={headingId} className="notification-panel">
      <div className="notification-panel__head">
        <h2 id={headingId} className="notification-panel__title">
          {t('notifications.title')}
        </h2>
        {(list.data?.unread ?? 0) > 0 && (
          <Button size="small" type="link" onClick={() => mark.mutate(undefined)} loading={mark.isPending}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </div>
      {list.isError && (
        <p role="alert" className="notification-panel__error">
          {t('notifications.loadFailed')}
        </p>
      )}
      {mark.isError && (
        <p role="alert" className="notification-panel__error">
          {t('notifications.actionFailed')}
        </p>
      )}
      {list.isSuccess && items.length === 0 && (
        <p className="notification-panel__empty">{t('notifications.empty')}</p>
      )}
      {items.length > 0 && (
        <ul className="notification-panel__list">
          {items.map((item) => (
            <li key={item.id} className={item.read ? 'notification' : 'notification notification--unread'}>
              <button
                type="button"
                className="notification__open"
                onClick={() => openItem(item)}
                aria-label={item.link ? t('notifications.open', { subject: item.subject }) : undefined}
              >
                <span className="notification__subject" lang="vi">
                  {!item.read && <span className="sr-only">{t('notifications.unread')}: </span>}
                  {item.subject}
                </span>
                <span className="notification__body" lang="vi">
                  {item.body}
                </span>
                <time className="notification__time" dateTime={item.createdAt}>
                  {formatDateTime(item.createdAt)}
                </time>
              </button>
              {!item.read && !item.link && (
                <Button size="small" type="link" onClick={() => mark.mutate(item.id)}>
                  {t('notifications.markRead')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
