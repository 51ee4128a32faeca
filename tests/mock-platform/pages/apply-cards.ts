import { applicationCards, cardUrl, type Operate } from '../data/cards';
import { uploadPageUrlB } from '../data/attachments';
import { cardPage, cardTitle } from '../layout/card-frame';
import type { PageKindId } from '../../../platform/page-kinds';
import type { MockRequest, MockRoute } from '../routes';
import { renderAttachmentsCard, uploadResultRoutes } from './card-attachments';
import { renderBasicInfoCard } from './card-basic-info';
import { cardBodies } from './card-bodies';

/** What each card is, by its action (cards the FAQ says nothing specific about are 'apply-card'). */
const cardKinds: Record<string, PageKindId> = {
  card50: 'apply-guide',
  card1: 'apply-basic-info',
  card2: 'apply-products',
  card3: 'apply-capacity-supplement',
  card5: 'apply-pollution-facilities',
  card18: 'apply-attachments',
  card19: 'apply-submit',
};

const mainCards = new Set(['card1', 'card2', 'card5', 'card18']);

function renderCard(cardId: string): (req: MockRequest) => string {
  if (cardId === 'card1') return renderBasicInfoCard;
  if (cardId === 'card18') return renderAttachmentsCard;
  const body = cardBodies[cardId];
  if (!body) throw new Error(`no body for ${cardId}`);
  return (req) => cardPage(req.url, cardId, body());
}

function cardRoute(cardId: string, operate: Operate): MockRoute {
  const render = renderCard(cardId);
  return {
    path: cardUrl(cardId, operate),
    site: 'permit',
    kind: cardKinds[cardId] ?? 'apply-card',
    title: cardTitle(cardId, operate),
    ...(operate === 'edit' && mainCards.has(cardId) ? { main: true } : {}),
    variant: operate === 'edit' ? 'edit: tab bar and <h3> heading' : 'readonly: no tabs, caption heading, controls disabled',
    render: (req) => ({ html: render(req) }),
  };
}

/** One page per card of the 申请表, at its real action, in both variants; card18 also in its second upload layout. */
export const applyCardRoutes: MockRoute[] = [
  ...applicationCards.flatMap((card) => [cardRoute(card.id, 'edit'), cardRoute(card.id, 'readonly')]),
  {
    ...cardRoute('card18', 'edit'),
    path: uploadPageUrlB,
    main: false,
    variant: 'edit, second upload layout: one type select and one file input',
  },
  ...uploadResultRoutes,
];
