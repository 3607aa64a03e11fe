"""declined at: when the person last said no to their answers being kept. It stays after a later yes, so "I said
no." typed as an answer is read as a complaint that consent was taken wrongly only when a yes came after a "no"
(stop 36, closing35's fix35b note)

Revision ID: 0014
Revises: 0013
"""
import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('declined_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('declined_at')
