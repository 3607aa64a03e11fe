"""when the visit was marked done, for retention (issue 12: data protection)

Revision ID: 0007
Revises: 0006

Records already marked done before this revision take their last change as the time: the best
the database knows, and never earlier than the real moment, so nothing is deleted too soon.
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('visit_done_at', sa.DateTime(), nullable=True))
    op.execute("UPDATE conversations SET visit_done_at = updated_at WHERE review_status = 'visit_done'")


def downgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('visit_done_at')
