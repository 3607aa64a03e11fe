"""answers deleted: when the person deleted their answers (Telegram's /delete, the web chat's delete, `whatmatters
erase` on their request) and the duty team's part was kept, so the summary says so plainly instead of showing empty
or "not recorded" rows (stop 31, eighth trial AB19)

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
