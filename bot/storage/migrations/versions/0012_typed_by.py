"""typed by: someone else takes over the keyboard part way (stop 28, issue 11, trial X12): who types now is kept on
the conversation, and who typed each answer beside it, so the summary can say whose view each quote is

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('typing_now', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('typing_now_name', sa.Text(), nullable=True))
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('typed_by', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('typed_by_name', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_column('typed_by_name')
        batch_op.drop_column('typed_by')
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('typing_now_name')
        batch_op.drop_column('typing_now')
