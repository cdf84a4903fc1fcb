namespace RahZendegi.Domain.Membership;

/// <summary>Who a person is, for discounts. Every category but <see cref="Public"/> is claimed until verified.</summary>
public enum MemberCategory
{
    Public,
    CommitteeClient,
    CommitteeStaffOrFamily,
    LibraryStaff,
    LibraryMember,
}
