import { demoEnterprise } from '../data/enterprise';
import { cardPath, cardTitle } from '../layout/card-frame';
import type { PageKindId } from '../../../platform/page-kinds';
import type { MockRequest, MockRoute } from '../routes';
import { renderAttachmentsCard } from './card-attachments';
import { renderBasicInfoCard } from './card-basic-info';
import { renderCapacityCard } from './card-capacity';
import { renderCoordinatesCard } from './card-coordinates';
import { otherCardIds, renderOtherCard } from './card-other';
import { renderWastewaterCard } from './card-wastewater';

/** The application form: one pathname, the card chosen by `cardid` (see MockRoute.path). */
function cardRoute(cardId: string, kind: PageKindId, render: (req: MockRequest) => string, main = false): MockRoute {
  return {
    path: `${cardPath}?dataid=${demoEnterprise.applicationDataId}&cardid=${cardId}`,
    site: 'permit',
    kind,
    title: cardTitle(cardId),
    ...(main ? { main } : {}),
    render: (req) => ({ html: render(req) }),
  };
}

export const applyCardRoutes: MockRoute[] = [
  cardRoute('card1', 'apply-basic-info', renderBasicInfoCard, true),
  cardRoute('card2', 'apply-coordinates', renderCoordinatesCard, true),
  cardRoute('card3', 'apply-capacity', renderCapacityCard),
  cardRoute('card4', 'apply-wastewater', renderWastewaterCard),
  cardRoute('card5', 'apply-attachments', renderAttachmentsCard),
  ...otherCardIds.map((id) => cardRoute(id, 'apply-card', (req) => renderOtherCard(req, id))),
];
